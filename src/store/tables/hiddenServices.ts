// Services a person hid from a tenant's service health dashboard.

export interface HiddenServiceTable {
  person_id: string;
  tenant_id: string;
  service_id: string;
  created_at: string;
}

export interface HiddenServiceTables {
  hidden_service: HiddenServiceTable;
}
